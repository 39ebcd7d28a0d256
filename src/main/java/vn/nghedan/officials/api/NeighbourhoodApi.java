package vn.nghedan.officials.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;

/** {@code GET /api/neighbourhoods}: the ward's neighbourhoods in their configured order. */
@RestController
class NeighbourhoodApi {

    private final Neighbourhoods neighbourhoods;

    NeighbourhoodApi(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/api/neighbourhoods")
    List<Neighbourhood> all() {
        return neighbourhoods.all();
    }
}
