package vn.nghedan.residentweb;

/** A photo sent with the web page's form (the page's script has already made it small). */
record Photo(byte[] bytes) {

    /** JPEG or PNG, by their first bytes: what a phone's camera or the page's canvas makes. */
    boolean looksLikeImage() {
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N';
        return jpeg || png;
    }
}
