package vn.nghedan.sandbox;

/** A file part of a multipart/form-data call (sendDocument, sendPhoto). */
record UploadedFile(String fileName, byte[] bytes) {}
