package vn.nghedan.resident;

import java.util.Objects;

/** Where a person is reached: a channel and that channel's own id of them (a Zalo user id). */
public record Address(Messenger messenger, String externalId) {

    public Address {
        Objects.requireNonNull(messenger, "messenger");
        if (externalId == null || externalId.isBlank() || externalId.length() > 128) {
            throw new IllegalArgumentException("An address needs an external id of 1-128 characters");
        }
    }
}
