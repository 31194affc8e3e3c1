/**
 * Demo data (HAILONG_DEMO_DATA=true): a realistic Huế after the 2025 reform, loaded on start-up, deterministic and
 * idempotent (a restart changes nothing). {@link vn.hailong.demo.DemoData} runs every
 * {@link vn.hailong.demo.DemoDataContributor} bean in order; the directory (units, sectors, procedures, counters,
 * officers, kiosks from the CSV files under {@code src/main/resources/demo/}) comes first. Later features add their
 * own contributor (a year of ratings, complaints, SMS) without touching this package.
 */
package vn.hailong.demo;
