package vn.nghedan.platform;

/** Something asked for by id or number that does not exist, or that the caller may not see (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
