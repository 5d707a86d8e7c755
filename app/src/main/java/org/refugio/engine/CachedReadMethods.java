package org.refugio.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

/**
 * MyBatis's OGNL, reading a property of an object in a mapping's {@code test} or {@code foreach}, remembers the
 * bean getter it found ({@code getX}, {@code isX}) but not a method named as the property itself, which the engine's
 * mappings use throughout ({@code query.isOrQueryActive}, {@code query.isTenantIdSet},
 * {@code authCheck.isHistoricInstancePermissionsEnabled}): for each of those, at every evaluation, it copies and
 * scans every public method of the class (about 30 µs against 1 µs for a getter). Building the SQL of one engine
 * query evaluates dozens of them; it was 41 % of the JVM's samples in the end-to-end bench (docs/performance.md).
 *
 * <p>This accessor leaves a property with a bean getter to OGNL, and looks up the method OGNL would find next
 * ({@link OgnlRuntime#getReadMethod}) once per class and property, then invokes that same method; a property without
 * such a method (a public field, or none) goes to OGNL's own accessor as before. Registered for {@code Object} by
 * {@link #install()}, so every MyBatis mapping in the JVM reads properties this way.
 */
public final class CachedReadMethods extends ObjectPropertyAccessor {

  private static final CachedReadMethods INSTANCE = new CachedReadMethods();

  /** Off only to measure what the cache buys, in the same run (the bench's {@code bench.e2e.compareOgnlCache}). */
  private static volatile boolean enabled = true;

  CachedReadMethods() {
  }

  /** Turns the cache off ({@code false}: OGNL's own lookup at every read) or on again; for measurements only. */
  public static void setEnabled(boolean on) {
    enabled = on;
  }

  private final ClassValue<Map<String, Optional<Method>>> readMethods = new ClassValue<>() {
    @Override
    protected Map<String, Optional<Method>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  /**
   * Makes OGNL read properties of plain objects through this accessor. OGNL remembers the accessor it found for each
   * class, so this must run before MyBatis builds its first SQL (the engine plugin's {@code preInit}).
   */
  static void install() {
    OgnlRuntime.setPropertyAccessor(Object.class, INSTANCE);
  }

  /** Whether OGNL reads the properties of objects of this class through this accessor. */
  static boolean isInstalledFor(Class<?> type) throws OgnlException {
    return OgnlRuntime.getPropertyAccessor(type) == INSTANCE;
  }

  @Override
  public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
    // a bean getter: OGNL finds it in its own cache
    if (!enabled || target == null || OgnlRuntime.getGetMethod(target.getClass(), name) != null) {
      return super.getPossibleProperty(context, target, name);
    }
    Optional<Method> method = readMethods.get(target.getClass()).computeIfAbsent(name,
        property -> Optional.ofNullable(OgnlRuntime.getReadMethod(target.getClass(), property, null)));
    if (method.isEmpty()) {
      // no method: OGNL's accessor would look for one again, find none, and read the field
      try {
        return OgnlRuntime.getFieldValue(context, target, name, true);
      } catch (NoSuchFieldException e) {
        throw new OgnlException(name, e);
      }
    }
    if (!context.getMemberAccess().isAccessible(context, target, method.get(), name)) {
      return super.getPossibleProperty(context, target, name);
    }
    try {
      return OgnlRuntime.invokeMethod(target, method.get(), OgnlRuntime.NoArguments);
    } catch (InvocationTargetException e) {
      throw new OgnlException(name, e.getTargetException());
    } catch (IllegalAccessException e) {
      throw new OgnlException(name, e);
    }
  }
}
