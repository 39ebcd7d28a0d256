package vn.nghedan.sandbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import vn.nghedan.zalo.HasZaloSettingsCondition;

/** Sandbox mode and no real Zalo OA configured: the Zalo stand-in plays Zalo. */
class NoZaloSettingsCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return NoBotTokenCondition.isSandbox(context.getEnvironment())
                && !HasZaloSettingsCondition.isConfigured(context.getEnvironment());
    }
}
