package org.taawun.identity.web;

/** The password rule shown to people and checked on the server. */
final class Passwords {

    static final int MIN = 10;
    static final int MAX = 128;

    private Passwords() {}
}
