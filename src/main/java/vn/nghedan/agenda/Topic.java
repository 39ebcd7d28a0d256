package vn.nghedan.agenda;

/** The six topics (lĩnh vực) that are the sections of a ward's compiled report. */
enum Topic {
    ECONOMY("Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng", "Economy, land, planning, construction, infrastructure"),
    SOCIETY("Văn hóa – xã hội, y tế, giáo dục, an sinh", "Culture, society, health, education, social welfare"),
    SECURITY("Quốc phòng, an ninh, trật tự", "Security and public order"),
    GOVERNMENT(
            "Xây dựng chính quyền, thủ tục hành chính", "Government, administrative procedures, conduct of officials"),
    ENVIRONMENT("Môi trường, trật tự đô thị", "Environment and urban order"),
    OTHER("Khác, ngoài thẩm quyền", "Other or beyond the ward's authority");

    private final String title;
    private final String englishTitle;

    Topic(String title, String englishTitle) {
        this.title = title;
        this.englishTitle = englishTitle;
    }

    static Topic of(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("topic must be 1.." + values().length + ": " + number);
        }
        return values()[number - 1];
    }

    int number() {
        return ordinal() + 1;
    }

    String title() {
        return title;
    }

    String englishTitle() {
        return englishTitle;
    }
}
