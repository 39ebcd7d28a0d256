package vn.nghedan.neighbourhood;

import java.util.List;

/**
 * Published when residents' ward changed its name for them: their ward was renamed, or their
 * khóm moved into another ward (a merge). They are told once.
 *
 * @param neighbourhoodCodes the keys of the khóm whose residents are concerned
 * @param wardName what the ward is called now
 * @param formerName what they knew it as
 * @param change one id per change, so that a resident is told of it once however often it is published
 */
public record WardChanged(List<String> neighbourhoodCodes, String wardName, String formerName, String change) {

    public WardChanged {
        neighbourhoodCodes = List.copyOf(neighbourhoodCodes);
    }
}
