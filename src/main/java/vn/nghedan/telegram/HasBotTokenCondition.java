package vn.nghedan.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Production mode: a bot token is configured (otherwise the sandbox provides the endpoint). */
class HasBotTokenCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("nghedan.telegram.token", "");
        return !token.isBlank();
    }
}
