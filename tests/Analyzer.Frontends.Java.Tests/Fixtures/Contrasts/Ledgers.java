package contrasts;

import java.util.HashMap;
import java.util.Map;

// Two implementations of one interface of the package: the locked one shows the racy one the safe shape.
interface Ledger {
    void open(String account);
}

class LockedLedger implements Ledger {
    private final Map<String, Integer> balances = new HashMap<>();

    public void open(String account) { // Secondary [contrast]
        synchronized (this) { // Secondary [contrast]
            if (!balances.containsKey(account)) {
                balances.put(account, 0);
            }
        }
    }
}

class SplitLedger implements Ledger {
    private final Map<String, Integer> balances = new HashMap<>();

    public void open(String account) {
        boolean known;
        synchronized (this) {
            known = balances.containsKey(account); // Secondary [check]
        }
        if (!known) {
            synchronized (this) {
                balances.put(account, 0); // Noncompliant [TOCTOU001] {{balances is checked at line 29 and changed at line 33 by balances.put(account, 0), and the lock on this is released and re-taken at line 32 in between}}
            }
        }
    }
}
