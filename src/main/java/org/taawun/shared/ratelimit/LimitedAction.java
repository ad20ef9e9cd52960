package org.taawun.shared.ratelimit;

/** The public writes that cost something (stock held, an SMS or e-mail sent, a counsellor's time, memory). */
public enum LimitedAction {
    ORDER,
    SUPPORT_CHAT,
    APPLICATION,
    SIGNUP,
    PASSWORD_RESET
}
