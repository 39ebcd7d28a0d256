package vn.nghedan.officials.console;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;

/** {@code /console/neighbourhoods}: codes, names, residents, and each khóm's QR poster to print. */
@ConsoleController
class ConsoleNeighbourhoodsController {

    private final ConsoleNeighbourhoods directory;
    private final ConsolePoster poster;
    private final Neighbourhoods neighbourhoods;

    ConsoleNeighbourhoodsController(
            ConsoleNeighbourhoods directory, ConsolePoster poster, Neighbourhoods neighbourhoods) {
        this.directory = directory;
        this.poster = poster;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/console/neighbourhoods")
    String list(@AuthenticationPrincipal OfficialUser me, Model model) {
        model.addAttribute("rows", directory.list(me));
        model.addAttribute("outOfWindow", directory.outOfWindow(me));
        return "console/neighbourhoods";
    }

    @GetMapping("/console/neighbourhoods/{code}/poster.pdf")
    ResponseEntity<byte[]> poster(@PathVariable String code, @AuthenticationPrincipal OfficialUser me) {
        Neighbourhood n = directory.visible(code, me);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(ConsolePoster.fileName(n))
                                .build()
                                .toString())
                .body(poster.write(n, neighbourhoods.wardOf(n.code())));
    }
}
