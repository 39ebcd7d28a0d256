package vn.nghedan.agenda;

/**
 * The ward as its documents name it (Decree 30/2020 letterhead).
 *
 * @param wardName e.g. {@code Phường 4}
 * @param issuingBody e.g. {@code ỦY BAN NHÂN DÂN PHƯỜNG 4}
 * @param parentBody e.g. {@code UBND THÀNH PHỐ SA ĐÉC}
 * @param place the place written before the date, e.g. {@code Sa Đéc}
 * @param documentNumber e.g. {@code …/BC-UBND}; may be blank until the ward numbers the document
 */
public record WardInfo(String wardName, String issuingBody, String parentBody, String place, String documentNumber) {}
