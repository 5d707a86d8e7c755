package org.refugio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Member;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.ognl.AbstractMemberAccess;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.builder.BuilderException;
import org.apache.ibatis.scripting.xmltags.ExpressionEvaluator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CachedReadMethodsTest {

  private final ExpressionEvaluator mybatis = new ExpressionEvaluator();

  @BeforeAll
  static void install() {
    CachedReadMethods.install();
  }

  @Test
  void shouldReadThePropertiesOfEveryClassOgnlMeetsAfterItIsInstalled() throws Exception {
    // OGNL keeps the accessor it found for a class: one it met before (here, the process tests' engines, built
    // without Refugio's plugin) keeps OGNL's own; in the application the plugin installs it first (DeploymentIT)
    assertThat(CachedReadMethods.isInstalledFor(Fixture.class)).isTrue();
  }

  @Test
  void shouldGiveTheEngineMappingsTheValuesOfTheirQueries() {
    TaskQueryImpl query = new TaskQueryImpl();
    TaskQueryImpl or = (TaskQueryImpl) query.or();
    AuthorizationCheck check = new AuthorizationCheck();
    check.setHistoricInstancePermissionsEnabled(true);

    // methods named as the property (not bean getters), as the engine's mappings read them, each read again
    for (int round = 0; round < 2; round++) {
      assertThat(mybatis.evaluateBoolean("query.isOrQueryActive", Map.of("query", query))).isFalse();
      assertThat(mybatis.evaluateBoolean("query.isOrQueryActive", Map.of("query", or))).isTrue();
      assertThat(mybatis.evaluateBoolean("authCheck.isHistoricInstancePermissionsEnabled",
          Map.of("authCheck", check))).isTrue();
      assertThat(mybatis.evaluateBoolean("authCheck.isHistoricInstancePermissionsEnabled",
          Map.of("authCheck", new AuthorizationCheck()))).isFalse();
    }
  }

  @Test
  void shouldRememberTheMethodNeverTheValue() {
    Fixture fixture = new Fixture();
    Map<String, Object> parameters = Map.of("fixture", fixture);
    assertThat(mybatis.evaluateBoolean("fixture.hasTasks", parameters)).isFalse();

    fixture.tasks = 3;

    assertThat(mybatis.evaluateBoolean("fixture.hasTasks", parameters)).isTrue();
    assertThat(mybatis.evaluateBoolean("fixture.office == 'TAP'", parameters)).isTrue(); // a public field
    assertThat(mybatis.evaluateBoolean("fixture.open", parameters)).isTrue(); // a bean getter
  }

  @Test
  void shouldReadEveryPropertyAsOgnlsOwnAccessorDoes() throws Exception {
    Fixture fixture = new Fixture();
    fixture.tasks = 2;
    OgnlContext context = Ognl.createDefaultContext(fixture, new AbstractMemberAccess() {
      @Override
      public boolean isAccessible(OgnlContext context, Object target, Member member, String propertyName) {
        return true;
      }
    });
    ObjectPropertyAccessor ognl = new ObjectPropertyAccessor();
    CachedReadMethods cached = new CachedReadMethods();
    TaskQueryImpl or = (TaskQueryImpl) new TaskQueryImpl().or();
    for (Object query : List.of(new TaskQueryImpl(), or)) {
      for (String property : List.of("isOrQueryActive", "isTenantIdSet", "candidateGroups")) {
        assertThat(cached.getProperty(context, query, property)).as(property)
            .isEqualTo(ognl.getProperty(context, query, property));
      }
    }
    // "tasks" is read through hasTasks(), not the field: OGNL's read method comes first, and so here
    for (String property : List.of("hasTasks", "tasks", "office", "open", "isOpen")) {
      for (int round = 0; round < 2; round++) {
        assertThat(cached.getProperty(context, fixture, property)).as(property)
            .isEqualTo(ognl.getProperty(context, fixture, property));
      }
    }
  }

  @Test
  void shouldFailAsOgnlDoesForAMissingPropertyOrAMethodThatFails() {
    Map<String, Object> parameters = Map.of("fixture", new Fixture());
    for (int round = 0; round < 2; round++) {
      assertThatThrownBy(() -> mybatis.evaluateBoolean("fixture.missing", parameters))
          .isInstanceOf(BuilderException.class).hasMessageContaining("missing");
      assertThatThrownBy(() -> mybatis.evaluateBoolean("fixture.fails", parameters))
          .isInstanceOf(BuilderException.class).hasRootCauseMessage("refused");
    }
  }

  /** A parameter object with each kind of property a mapping reads. */
  public static class Fixture {
    public int tasks;
    public String office = "TAP";

    public boolean hasTasks() {
      return tasks > 0;
    }

    public boolean isOpen() {
      return true;
    }

    public boolean fails() {
      throw new IllegalStateException("refused");
    }
  }
}
