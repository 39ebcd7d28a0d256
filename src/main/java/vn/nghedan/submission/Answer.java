package vn.nghedan.submission;

import java.time.LocalDate;

/** An official's answer: text, who gave it, how, and any commitment with its deadline. */
public record Answer(String text, String answeredBy, AnswerForm form, String commitment, LocalDate deadline) {}
