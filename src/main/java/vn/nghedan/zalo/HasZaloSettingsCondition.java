package vn.nghedan.zalo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The ZALO_* settings are given (the sandbox then leaves its stand-in out of the app's way). */
public class HasZaloSettingsCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isConfigured(context.getEnvironment());
    }

    public static boolean isConfigured(Environment environment) {
        String appId = environment.getProperty(ZaloProperties.APP_ID_PROPERTY, "");
        return !appId.isBlank();
    }
}
