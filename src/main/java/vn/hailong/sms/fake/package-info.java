/**
 * A local fake of Twilio's Messages API ({@link vn.hailong.sms.fake.FakeTwilio}), for tests and for the quick
 * start's demo ({@link vn.hailong.sms.fake.FakeTwilioLauncher}); never used when a real account is configured.
 */
package vn.hailong.sms.fake;
