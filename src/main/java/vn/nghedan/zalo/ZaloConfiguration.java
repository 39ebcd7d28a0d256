package vn.nghedan.zalo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ZaloConfiguration {

    /** The real Official Account, when all four ZALO_* settings are given. */
    @Bean
    @Conditional(HasZaloSettingsCondition.class)
    ZaloEndpoint configuredZaloEndpoint(ZaloProperties p) {
        return new ZaloEndpoint(p.appId(), p.appSecret(), p.oaSecretKey(), p.refreshToken(), p.apiUrl(), p.oauthUrl());
    }
}
