package org.hourbook.server.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.hourbook.server.Config.PasswordCost;

/** Argon2id password hashes in PHC string form; the parameters travel inside each hash. */
public final class PasswordHasher {
    private final Argon2Function function;
    /** Checked against when the email is unknown, so a failed sign-in costs the same either way; made on first need, not at start. */
    private volatile String dummyHash;

    public PasswordHasher(PasswordCost cost) {
        this.function = Argon2Function.getInstance(cost.memoryKib(), cost.iterations(), cost.parallelism(), 32, Argon2.ID);
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(function).getResult();
    }

    public boolean matches(String password, String storedHash) {
        if (storedHash == null || password == null) return false;
        try {
            return Argon2Function.getInstanceFromHash(storedHash).check(password, storedHash);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** Spends the time of one check without a real hash (unknown email). */
    public void burn(String password) {
        String dummy = dummyHash;
        if (dummy == null) dummyHash = dummy = hash("no such user: constant work");
        matches(password == null ? "" : password, dummy);
    }
}
