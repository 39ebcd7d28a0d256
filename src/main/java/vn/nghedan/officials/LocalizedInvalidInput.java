package vn.nghedan.officials;

import vn.nghedan.platform.InvalidInputException;

/**
 * Invalid input found by this module: its text is a message key of {@code i18n/officials}, so the
 * API and the console answer in the official's language.
 */
class LocalizedInvalidInput extends InvalidInputException {

    LocalizedInvalidInput(String field, String messageKey, Object... arguments) {
        super(field, messageKey, messageKey, arguments);
    }
}
