package org.refugio.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. {@code /api} needs HTTP Basic credentials of an engine user, or the session of a user logged into
 * the Camunda webapps (changing requests then carry the webapps' CSRF token); Refugio's staff pages
 * ({@code /calendar/}, {@code /casefile/}, {@code /rules/}, {@code /roundtables/}, {@code /coi/}, {@code /sre/})
 * need that session and send an anonymous visitor to the webapps' login; {@code /engine-rest} is guarded by the
 * engine's own authentication filter (the REST starter registers none); the Camunda webapps authenticate with their
 * own login and session; {@code /public} is anonymous.
 */
@Configuration
public class SecurityConfiguration {

  /** Where an anonymous visitor of a staff page is sent: the webapps' login, which then offers the apps. */
  public static final String LOGIN_PAGE = "/camunda/app/welcome/default/";

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
      IdentityService identityService, ProcessEngine processEngine, ObjectMapper objectMapper) throws Exception {
    AuthenticationEntryPoint unauthorized = (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Refugio\"");
      writeError(response, objectMapper, HttpServletResponse.SC_UNAUTHORIZED,
          "Se requiere autenticación: envíe usuario y contraseña (HTTP Basic).");
    };
    AccessDeniedHandler forbidden = (request, response, e) -> writeError(response, objectMapper,
        HttpServletResponse.SC_FORBIDDEN, "No tiene permiso para esta operación.");
    return http
        .securityMatcher("/api/**")
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .authenticationManager(new ProviderManager(provider))
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .addFilterBefore(new WebappSessionAuthenticationFilter(processEngine.getName(), provider, identityService,
            (response, message) -> writeError(response, objectMapper, HttpServletResponse.SC_FORBIDDEN, message)),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain staffPages(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
      IdentityService identityService, ProcessEngine processEngine, ObjectMapper objectMapper) throws Exception {
    // plain pages that call /api: only for a webapp session (or Basic credentials), everyone else to the login
    AuthenticationEntryPoint toLogin = (request, response, e) -> response.sendRedirect(LOGIN_PAGE);
    return http
        .securityMatcher("/calendar", "/calendar/**", "/casefile", "/casefile/**", "/rules", "/rules/**",
            "/roundtables", "/roundtables/**", "/coi", "/coi/**", "/sre", "/sre/**", "/shared/**")
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .authenticationManager(new ProviderManager(provider))
        .httpBasic(basic -> basic.authenticationEntryPoint(toLogin))
        .exceptionHandling(e -> e.authenticationEntryPoint(toLogin))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .addFilterBefore(new WebappSessionAuthenticationFilter(processEngine.getName(), provider, identityService,
            (response, message) -> writeError(response, objectMapper, HttpServletResponse.SC_FORBIDDEN, message)),
            BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    // The webapps (/camunda) bring their own login, session and CSRF protection; /engine-rest is guarded by the
    // engine's filter below; /public is anonymous by design.
    return http
        .csrf(AbstractHttpConfigurer::disable)
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(Customizer.withDefaults())
        .build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(EngineRestProperties settings) {
    VerifiedCredentialsAuthenticationProvider provider = new VerifiedCredentialsAuthenticationProvider(
        settings.credentialsCacheTtl(), settings.credentialsCacheSize());
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>();
    registration.setName("camunda-auth");
    registration.setFilter(new ProcessEngineAuthenticationFilter() {
      @Override
      public void init(jakarta.servlet.FilterConfig filterConfig) throws jakarta.servlet.ServletException {
        super.init(filterConfig);
        // HTTP Basic as the engine's HttpBasicAuthenticationProvider, remembering verified credentials briefly
        authenticationProvider = provider;
      }
    });
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  private static void writeError(HttpServletResponse response, ObjectMapper objectMapper, int status, String message)
      throws java.io.IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), Map.of("message", message, "errors", List.of()));
  }
}
