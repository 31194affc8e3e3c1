package vn.hailong.metrics;

/**
 * One group of a breakdown ({@link Grouping}): its key (a code, a channel, a month YYYY-MM), a name to show, the
 * scores in it and the satisfied share. {@code index} is the element index for {@link Grouping#ELEMENT} groups
 * (null otherwise); {@code id} the directory id behind the key where there is one.
 */
public record GroupFigure(String key, String name, Long id, Distribution scores, Share satisfied, Double index) {
}
