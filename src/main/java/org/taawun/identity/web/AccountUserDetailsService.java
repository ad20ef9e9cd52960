package org.taawun.identity.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.domain.AccountRepository;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        if (email == null || email.length() > 254) {
            throw new UsernameNotFoundException("no such account");
        }
        return accounts.findByEmail(email)
                .map(a -> a.toUser())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
