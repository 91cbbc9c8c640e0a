package org.briefing.intake.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.briefing.web.boundary.ApiKeyRequired;
import org.junit.jupiter.api.Test;

/** The API key and the intake counts are bound to methods: every method that posts carries both. */
class ArticlesResourceBindingTest {

  @Test
  void everyPostNeedsTheKeyAndIsCounted() {
    List<Method> posts = methodsWith(POST.class);
    assertThat(posts).extracting(Method::getName).contains("submit", "submitBatch");
    for (Method post : posts) {
      assertThat(post.isAnnotationPresent(ApiKeyRequired.class)).as(post.getName()).isTrue();
      assertThat(post.isAnnotationPresent(ArticlePost.class)).as(post.getName()).isTrue();
    }
  }

  @Test
  void readingStaysOpen() {
    for (Method get : methodsWith(GET.class)) {
      assertThat(get.isAnnotationPresent(ApiKeyRequired.class)).as(get.getName()).isFalse();
    }
    assertThat(ArticlesResource.class.isAnnotationPresent(ApiKeyRequired.class)).isFalse();
  }

  private static List<Method> methodsWith(Class<? extends java.lang.annotation.Annotation> verb) {
    return Arrays.stream(ArticlesResource.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(verb))
        .toList();
  }
}
