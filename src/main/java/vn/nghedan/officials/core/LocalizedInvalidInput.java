package vn.nghedan.officials.core;

import vn.nghedan.platform.InvalidInputException;

/**
 * Invalid input found by this module: its text is a message key of {@code i18n/officials}, so the
 * API and the console answer in the official's language.
 *
 * <p>Public because {@code accounts}, {@code console} and the tests of {@code api} use it.
 */
public class LocalizedInvalidInput extends InvalidInputException {

    public LocalizedInvalidInput(String field, String messageKey, Object... arguments) {
        super(field, messageKey, messageKey, arguments);
    }
}
