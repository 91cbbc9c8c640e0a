package org.briefing.feeds.boundary;

import java.util.List;

/** Every registered feed, oldest registration first. */
public record FeedList(List<FeedView> feeds) {}
