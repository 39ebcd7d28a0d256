package vn.nghedan.officials;

import vn.nghedan.platform.InvalidInputException;

/**
 * Invalid input found by this module: carries a message key of {@code i18n/officials} instead of
 * a text, so the API answers in the caller's language.
 */
class LocalizedInvalidInput extends InvalidInputException {

    private final transient Object[] arguments;

    LocalizedInvalidInput(String field, String messageKey, Object... arguments) {
        super(field, messageKey);
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return getMessage();
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
