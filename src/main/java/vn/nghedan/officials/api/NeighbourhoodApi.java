package vn.nghedan.officials.api;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.LocalizedInvalidInput;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.platform.Texts;

/**
 * {@code GET /api/wards} and {@code GET /api/neighbourhoods?ward=}: the wards and khóm the caller
 * works in (a province admin: all; everyone else: their own ward), in configured order. Khóm by
 * their code within their ward.
 */
@RestController
class NeighbourhoodApi {

    record KhomView(String code, String name, String ward) {}

    record WardView(String code, String name, String issuingBody, String place, List<KhomView> neighbourhoods) {}

    private final Neighbourhoods neighbourhoods;

    NeighbourhoodApi(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/api/wards")
    List<WardView> wards(@AuthenticationPrincipal OfficialUser me) {
        return mine(me).stream()
                .map(w -> new WardView(w.code(), w.name(), w.issuingBody(), w.place(), khom(w)))
                .toList();
    }

    @GetMapping("/api/neighbourhoods")
    List<KhomView> all(@RequestParam(required = false) String ward, @AuthenticationPrincipal OfficialUser me) {
        List<WardProfile> mine = mine(me);
        if (ward != null && !ward.isBlank()) {
            WardProfile wanted = neighbourhoods
                    .ward(ward)
                    .filter(w -> mine.stream().anyMatch(m -> m.id() == w.id()))
                    .orElseThrow(() ->
                            new LocalizedInvalidInput("ward", "officials.error.unknown-ward", Texts.shorten(ward, 20)));
            return khom(wanted);
        }
        return mine.stream().flatMap(w -> khom(w).stream()).toList();
    }

    private List<WardProfile> mine(OfficialUser me) {
        OfficialScope scope = me.scope();
        return neighbourhoods.wards().stream()
                .filter(w -> scope.runsProvince() || scope.wardId() != null && scope.wardId() == w.id())
                .toList();
    }

    private static List<KhomView> khom(WardProfile w) {
        return w.neighbourhoods().stream()
                .map(n -> new KhomView(n.localCode(), n.name(), w.code()))
                .toList();
    }
}
