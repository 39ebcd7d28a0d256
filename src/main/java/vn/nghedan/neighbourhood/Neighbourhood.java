package vn.nghedan.neighbourhood;

/** A khóm / ấp / tổ dân phố: a short code ({@code K1}) and the name people use ({@code Khóm 1}). */
public record Neighbourhood(String code, String name) {}
