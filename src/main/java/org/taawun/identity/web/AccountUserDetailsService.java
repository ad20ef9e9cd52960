package org.taawun.identity.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.taawun.identity.domain.AccountLookup;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountLookup accounts;

    AccountUserDetailsService(AccountLookup accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.forSignIn(email).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
