package vn.nghedan.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every word the agenda and its documents print, in Vietnamese, and how dates, counts and codes
 * read. Times are shown in the ward's zone whatever the machine's zone.
 */
final class Labels {

    private static final ZoneId WARD_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm, 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter PLACE_DATE = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

    // Letterhead (Decree 30/2020/NĐ-CP)
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String NUMBER = "Số: ";
    private static final String NUMBER_TO_FILL = "……";

    // Titles
    static final String RESULTS_TITLE = "BÁO CÁO";
    private static final Map<String, String> AGENDA_TITLES = Map.of(
            AgendaSession.DIALOGUE, "NỘI DUNG ĐỐI THOẠI VỚI NHÂN DÂN",
            AgendaSession.VOTER_MEETING, "TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI");
    private static final Map<String, String> RESULTS_SUBTITLES = Map.of(
            AgendaSession.DIALOGUE, "Kết quả đối thoại với Nhân dân",
            AgendaSession.VOTER_MEETING, "Kết quả tiếp xúc cử tri");

    // The session's particulars
    static final String TIME = "Thời gian";
    static final String VENUE = "Địa điểm";
    static final String NEIGHBOURHOODS = "Khóm";
    static final String CHAIR = "Chủ trì";
    static final String CUT_OFF = "Hạn nhận ý kiến";

    // An item's details
    static final String NEIGHBOURHOOD = "Khóm";
    static final String KIND = "Loại";
    static final String RAISED_BY = "Người phản ánh";
    static final String SUPPORTERS = "Số người ủng hộ";
    static final String REFERENCES = "Ý kiến số";
    static final String NOTE = "Ghi chú";
    static final String CARRIED_OVER = "Chuyển từ kỳ trước";
    static final String TOPIC = "Lĩnh vực";
    static final String ANSWERED_BY = "Cán bộ trả lời";
    static final String ANSWER_FORM = "Hình thức trả lời";
    static final String ANSWER = "Nội dung trả lời";
    static final String COMMITMENT = "Cam kết";
    static final String DEADLINE = "Thời hạn";
    static final String REFERRED_TO = "Chuyển đến";

    // The appendix table: the printed columns, then the data-only ones (CSV)
    static final String APPENDIX_TITLE = "PHỤ LỤC: BẢNG TỔNG HỢP Ý KIẾN, KIẾN NGHỊ";
    static final String COLUMN_NO = "STT";
    static final String COLUMN_NEIGHBOURHOOD = "Khóm";
    static final String COLUMN_RAISED_BY = "Người phản ánh";
    static final String COLUMN_SUMMARY = "Nội dung tóm tắt";
    static final String COLUMN_TOPIC = "Lĩnh vực";
    static final String COLUMN_SUPPORTERS = "Số người ủng hộ";
    static final String COLUMN_AUTHORITY = "Thẩm quyền";
    static final String COLUMN_ANSWERED_BY = "Cán bộ trả lời";
    static final String COLUMN_ANSWER_FORM = "Hình thức trả lời";
    static final String COLUMN_ANSWER = "Nội dung trả lời";
    static final String COLUMN_DEADLINE = "Thời hạn";
    static final String COLUMN_STATUS = "Tình trạng";
    static final String COLUMN_PRIMARY = "Ý kiến chính (#)";
    static final String COLUMN_NUMBERS = "Các ý kiến (#)";
    static final String COLUMN_NEIGHBOURHOOD_CODE = "Mã khóm";
    static final String COLUMN_KIND = "Loại";
    static final String COLUMN_SUBMISSIONS = "Số lượng ý kiến";
    static final String COLUMN_ISSUES = "Số lượng nội dung";
    static final String COLUMN_FIRST_RECEIVED = "Ngày nhận";
    static final String COLUMN_CARRIED_OVER = "Chuyển từ kỳ trước";
    static final String COLUMN_COMMITMENT = "Cam kết";
    static final String COLUMN_REFERRED_TO = "Chuyển đến";
    private static final String YES = "Có";
    private static final String NO = "Không";

    // Results sections
    static final String ANSWERED_SECTION = "CÁC Ý KIẾN ĐÃ TRẢ LỜI";
    static final String REFERRED_SECTION = "CÁC Ý KIẾN ĐÃ CHUYỂN CƠ QUAN CÓ THẨM QUYỀN";
    static final String CARRIED_SECTION = "CÁC Ý KIẾN CHƯA ĐƯỢC TRẢ LỜI, CHUYỂN KỲ SAU";
    static final String NOT_ANSWERED = "Chưa trả lời, chuyển kỳ sau";

    private static final Map<String, String> KINDS =
            Map.of("QUESTION", "Câu hỏi", "COMPLAINT", "Phản ánh", "PROPOSAL", "Kiến nghị");
    /** In the order the ward reports channels. */
    static final List<String> CHANNEL_ORDER = List.of("BOT", "ZALO", "SPOKEN", "WRITTEN", "PHONE", "WEB");

    private static final Map<String, String> CHANNELS = Map.of(
            "BOT", "qua Telegram",
            "ZALO", "qua Zalo",
            "SPOKEN", "phát biểu tại hội nghị",
            "WRITTEN", "bằng văn bản",
            "PHONE", "qua điện thoại",
            "WEB", "qua trang web");
    private static final Map<String, String> STATUSES = Map.of(
            "NEW", "Chờ xem xét",
            "ACCEPTED", "Đã tiếp nhận",
            "ANSWERED", "Đã trả lời",
            "REFERRED", "Đã chuyển cơ quan có thẩm quyền");
    private static final Map<String, String> ANSWER_FORMS =
            Map.of("AT_SESSION", "Trả lời tại hội nghị", "IN_WRITING", "Trả lời bằng văn bản");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    /** How many named authors "raised by" lists before it says how many more there are. */
    static final int NAMED_AUTHORS_SHOWN = 5;

    private Labels() {}

    static String documentNumber(String number) {
        return NUMBER + (number == null || number.isBlank() ? NUMBER_TO_FILL : number.strip());
    }

    /** "Sa Đéc, ngày 05 tháng 03 năm 2026", the date taken in the ward's zone. */
    static String placeAndDate(String place, Instant at) {
        return place + ", " + PLACE_DATE.format(at.atZone(WARD_ZONE));
    }

    static String agendaTitle(String sessionKind) {
        return AGENDA_TITLES.get(sessionKind);
    }

    static String resultsSubtitle(String sessionKind) {
        return RESULTS_SUBTITLES.get(sessionKind);
    }

    /** "08 giờ 00, ngày 15/03/2026" in the ward's zone. */
    static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(WARD_ZONE));
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(Instant at) {
        return DATE.format(at.atZone(WARD_ZONE));
    }

    /** A section heading: "I. KINH TẾ, ĐẤT ĐAI, …". */
    static String sectionHeading(int index, String title) {
        return ROMAN[index] + ". " + title.toUpperCase(VIETNAMESE);
    }

    /** The ward's way of counting: "12 ý kiến, 19 nội dung". */
    static String tally(Agenda.Tally tally) {
        return tally.opinions() + " ý kiến, " + tally.issues() + " nội dung";
    }

    static String totals(Agenda.Counts counts) {
        return "Tổng hợp được " + tally(counts.total()) + ", gộp thành " + counts.items() + " vấn đề với "
                + counts.supporters() + " lượt người ủng hộ.";
    }

    static String byChannel(Agenda.Counts counts) {
        return "Theo kênh tiếp nhận: " + listed(counts.byChannel(), Labels::channel) + ".";
    }

    static String byNeighbourhood(Agenda.Counts counts, Function<String, String> neighbourhoodName) {
        return "Theo khóm: " + listed(counts.byNeighbourhood(), neighbourhoodName) + ".";
    }

    private static <K> String listed(Map<K, Agenda.Tally> tallies, Function<K, String> name) {
        return tallies.entrySet().stream()
                .map(e -> name.apply(e.getKey()) + ": " + tally(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** "Đã trả lời 6/10 vấn đề (60%); …", the resolution rate being answered / all. */
    static String resolution(int answered, int referred, int notAnswered) {
        int all = answered + referred + notAnswered;
        int percent = all == 0 ? 0 : Math.round(100f * answered / all);
        return "Đã trả lời " + answered + "/" + all + " vấn đề (" + percent + "%); chuyển cơ quan có thẩm quyền "
                + referred + "; chưa trả lời, chuyển kỳ sau " + notAnswered + ".";
    }

    /** Who raised an item when none of its authors may be named: "Nhân dân Khóm 1". */
    static String residentsOf(String neighbourhoodName) {
        return "Nhân dân " + neighbourhoodName;
    }

    static String andOthers(int count) {
        return "và " + count + " người khác";
    }

    static String references(List<Long> numbers) {
        return numbers.stream().map(n -> "#" + n).collect(Collectors.joining(", "));
    }

    static String kind(String code) {
        return KINDS.getOrDefault(code, code);
    }

    static String channel(String code) {
        return CHANNELS.getOrDefault(code, code);
    }

    static String status(String code) {
        return STATUSES.getOrDefault(code, code);
    }

    static String answerForm(String code) {
        return code == null ? "" : ANSWER_FORMS.getOrDefault(code, code);
    }

    /** Who must answer: the ward's People's Committee, unless the matter is beyond it. */
    static String authority(WardInfo ward, int topic, AgendaCandidate.Answer answer) {
        if (answer != null
                && answer.referredTo() != null
                && !answer.referredTo().isBlank()) {
            return answer.referredTo();
        }
        return topic == Topic.OTHER.number() ? "Ngoài thẩm quyền phường" : "UBND " + ward.wardName();
    }

    static String yesNo(boolean value) {
        return value ? YES : NO;
    }
}
