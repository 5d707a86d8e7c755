package org.refugio.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that BPMN and DMN expressions may name ({@code ${issueConstanciaDelegate}}). Beans without it
 * are invisible to expressions, so a model cannot reach arbitrary application services.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ExpressionBean {
}
