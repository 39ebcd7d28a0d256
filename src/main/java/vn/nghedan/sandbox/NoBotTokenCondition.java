package vn.nghedan.sandbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Sandbox mode: there is no bot token (the app's settings bind TELEGRAM_BOT_TOKEN to this property). */
class NoBotTokenCondition implements Condition {

    static final String TOKEN_PROPERTY = "nghedan.telegram.token";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isSandbox(context.getEnvironment());
    }

    static boolean isSandbox(Environment environment) {
        String token = environment.getProperty(TOKEN_PROPERTY);
        return token == null || token.isBlank();
    }
}
