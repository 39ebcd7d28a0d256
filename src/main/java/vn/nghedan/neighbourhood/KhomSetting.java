package vn.nghedan.neighbourhood;

/** A khóm as configured: its code within the ward and its name. */
public record KhomSetting(String code, String name) {}
