/**
 * Satisfaction metrics (product.md §4.8): figures computed from the ratings feedback stores, never written back.
 * So far the minimum (n and the satisfied share with its Wilson interval, by unit subtree, optionally grouped);
 * the metrics issue builds the full SIPAS engine here.
 */
package vn.hailong.metrics;
