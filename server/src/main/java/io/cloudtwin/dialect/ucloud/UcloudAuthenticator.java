package io.cloudtwin.dialect.ucloud;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.Account;
import io.cloudtwin.core.Accounts;
import io.cloudtwin.dialect.Crypto;

/**
 * UCloud's signature: every parameter but Signature, keys sorted by byte order, key + value concatenated with no
 * separator and no escaping, the private key appended, SHA1, lower-case hex.
 */
@Component
public class UcloudAuthenticator {
    private final Accounts accounts;
    private final boolean verify;

    public UcloudAuthenticator(Accounts accounts, CloudtwinProperties props) {
        this.accounts = accounts;
        this.verify = props.signature().verify();
    }

    public static String sign(Map<String, String> params, String privateKey) {
        TreeMap<String, String> sorted = new TreeMap<>(params);
        sorted.remove("Signature");
        StringBuilder s = new StringBuilder();
        sorted.forEach((k, v) -> s.append(k).append(v));
        s.append(privateKey);
        return Crypto.hexDigest("SHA-1", s.toString().getBytes(StandardCharsets.UTF_8));
    }

    public Account authenticate(Map<String, String> params) {
        String publicKey = params.get("PublicKey");
        if (!verify) return accounts.byUcloudPublicKey(publicKey).orElseGet(accounts::defaultAccount);
        String signature = params.get("Signature");
        if (signature == null || signature.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_SIGNATURE);
        if (publicKey == null || publicKey.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "PublicKey");
        Account account = accounts.byUcloudPublicKey(publicKey)
                .orElseThrow(() -> new UcloudException(UcloudRetCode.USER_NOT_EXISTS));
        if (!Crypto.same(sign(params, account.ucloudPrivateKey()), signature.toLowerCase(Locale.ROOT))) {
            throw new UcloudException(UcloudRetCode.SIGNATURE_ERROR);
        }
        return account;
    }
}
