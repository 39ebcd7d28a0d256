package vn.nghedan.officials.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the dashboard's "submissions per week" bar chart, worked out here so that the
 * template only draws rectangles: no charting library, nothing from a CDN, prints as it shows.
 */
record ConsoleWeeklyChart(int width, int height, long max, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int TOP = 24;
    private static final int BOTTOM = 28;
    private static final int GAP = 6;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("dd/MM");

    /**
     * One week's bar; {@code x}, {@code y} are its top-left corner in the chart's own units.
     * {@code valueY} is where its count is written, {@code labelY} where the week is written.
     */
    record Bar(
            LocalDate weekStart,
            long count,
            int x,
            int y,
            int barWidth,
            int barHeight,
            int centreX,
            int valueY,
            String label) {}

    /** @param counts submissions per week, keyed by the Monday that starts it, oldest first */
    static ConsoleWeeklyChart of(Map<LocalDate, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int slot = counts.isEmpty() ? WIDTH : WIDTH / counts.size();
        int plot = HEIGHT - TOP - BOTTOM;
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<LocalDate, Long> week : counts.entrySet()) {
            long count = week.getValue();
            // a week without submissions still shows a hairline, so the axis reads as weeks
            int barHeight = max == 0 ? 1 : Math.max(1, (int) Math.round((double) count / max * plot));
            int x = i * slot + GAP / 2;
            int y = TOP + plot - barHeight;
            bars.add(new Bar(
                    week.getKey(),
                    count,
                    x,
                    y,
                    slot - GAP,
                    barHeight,
                    x + (slot - GAP) / 2,
                    y - 6,
                    LABEL.format(week.getKey())));
            i++;
        }
        return new ConsoleWeeklyChart(WIDTH, HEIGHT, max, List.copyOf(bars));
    }

    /** The baseline of the week labels. */
    public int labelY() {
        return HEIGHT - 8;
    }
}
