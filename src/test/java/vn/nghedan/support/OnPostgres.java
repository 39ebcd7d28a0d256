package vn.nghedan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an {@link EndToEndTest} (its inherited tests included) on PostgreSQL instead of SQLite.
 * Every class so marked shares one context and one database, as the SQLite ones share theirs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = PostgresTestDatabase.class, inheritInitializers = false)
public @interface OnPostgres {}
