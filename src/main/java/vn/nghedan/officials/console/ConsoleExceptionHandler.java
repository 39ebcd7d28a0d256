package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.nghedan.officials.core.ConflictException;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.submission.IllegalTransitionException;

/**
 * Failures in console pages as pages in the official's language, with the HTTP status a program
 * would expect. Ordered before the API's handler, which would only step aside for console paths.
 * What a form can correct is shown beside its field by the controller itself, not here.
 */
@ControllerAdvice(annotations = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleExceptionHandler {

    static final String VIEW = "console/error";

    private final ConsoleTexts texts;

    ConsoleExceptionHandler(ConsoleTexts texts) {
        this.texts = texts;
    }

    /** Unknown and not-yours look the same: a head learns nothing about other neighbourhoods. */
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(Exception e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, texts.get("console.error.not-found"), model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, texts.get(e.messageKey(), e.arguments()), model, response);
    }

    @ExceptionHandler(IllegalTransitionException.class)
    String illegalStep(IllegalTransitionException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, texts.transition(e), model, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String changedMeanwhile(Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, texts.get("officials.error.changed-meanwhile"), model, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalidInput(InvalidInputException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, texts.invalidInput(e), model, response);
    }

    private static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("errorMessage", message);
        return VIEW;
    }
}
