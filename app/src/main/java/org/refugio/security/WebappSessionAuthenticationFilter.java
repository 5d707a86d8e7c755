package org.refugio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a person logged into the Camunda webapps (Tasklist, Cockpit, Admin) use Refugio's own pages and {@code /api}
 * with that same session, so that the pages need no second login. A request with HTTP Basic credentials is left to
 * the Basic filter. A changing request (POST, PUT, DELETE, …) made with the session must carry the webapps' CSRF
 * token in the {@code X-XSRF-TOKEN} header, as the webapps' own requests do; without it the request is refused. Every
 * answer to such a session carries that token in the same header, since a page outside {@code /camunda} cannot read
 * the webapps' {@code XSRF-TOKEN} cookie (its path is {@code /camunda}).
 * The chains using it turn session fixation protection off: the webapps' login already gave the session a new id,
 * and a new id on every request would end the session for the webapps.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  /** Where the webapps keep the CSRF token of a session (Camunda's CsrfConstants). */
  static final String CSRF_TOKEN_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /** Writes a refusal in the API's error shape. */
  interface Refusal {
    void refuse(HttpServletResponse response, String message) throws IOException;
  }

  private final String processEngineName;
  private final EngineIdentityAuthenticationProvider provider;
  private final IdentityService identityService;
  private final Refusal refusal;

  WebappSessionAuthenticationFilter(String processEngineName, EngineIdentityAuthenticationProvider provider,
      IdentityService identityService, Refusal refusal) {
    this.processEngineName = processEngineName;
    this.provider = provider;
    this.identityService = identityService;
    this.refusal = refusal;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    String userId = session == null || request.getHeader(HttpHeaders.AUTHORIZATION) != null ? null
        : webappUser(session);
    if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
      chain.doFilter(request, response);
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !carriesCsrfToken(request, session)) {
      response.setHeader(CSRF_TOKEN_HEADER, "Required");
      refusal.refuse(response, "Falta el token de seguridad de la sesión (cabecera X-XSRF-TOKEN): vuelva a cargar "
          + "la página e inténtelo de nuevo.");
      return;
    }
    Object token = session.getAttribute(CSRF_TOKEN_SESSION_ATTRIBUTE);
    if (token != null) {
      response.setHeader(CSRF_TOKEN_HEADER, token.toString());
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(provider.authenticated(userId));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }

  private String webappUser(HttpSession session) {
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(processEngineName);
    return authentication == null ? null : authentication.getName();
  }

  private static boolean carriesCsrfToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CSRF_TOKEN_SESSION_ATTRIBUTE);
    String sent = request.getHeader(CSRF_TOKEN_HEADER);
    return expected != null && sent != null && MessageDigest.isEqual(
        expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
