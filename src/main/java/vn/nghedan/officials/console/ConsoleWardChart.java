package vn.nghedan.officials.console;

import java.util.ArrayList;
import java.util.List;
import vn.nghedan.officials.core.ProvinceFigures.WardFigures;

/**
 * The geometry of the province page's chart: for each ward, two horizontal bars — resolution rate
 * and results published in time — worked out here so the template only draws rectangles.
 */
record ConsoleWardChart(int width, int height, List<Row> rows) {

    static final int LABEL = 190;
    static final int PLOT = 360;
    static final int ROW = 34;
    static final int TOP = 8;

    /** One ward: its label's baseline, and the two bars' lengths for 0–100 %. */
    record Row(
            String name,
            int labelY,
            int resolvedY,
            int resolvedWidth,
            int resolved,
            int inTimeY,
            int inTimeWidth,
            int inTime) {}

    static ConsoleWardChart of(List<WardFigures> wards) {
        List<Row> rows = new ArrayList<>();
        int y = TOP;
        for (WardFigures w : wards) {
            rows.add(new Row(
                    w.name(),
                    y + 18,
                    y + 2,
                    PLOT * w.resolutionPercent() / 100,
                    w.resolutionPercent(),
                    y + 17,
                    PLOT * w.resultsInTimePercent() / 100,
                    w.resultsInTimePercent()));
            y += ROW;
        }
        return new ConsoleWardChart(LABEL + PLOT + 50, y + TOP, rows);
    }

    public int plotX() {
        return LABEL;
    }
}
