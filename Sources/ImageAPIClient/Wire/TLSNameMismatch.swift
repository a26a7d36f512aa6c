import Foundation

/// A certificate that a trusted authority signed for another host: not a trust problem (adding a CA cannot
/// help), but a wrong host name in the base URL, or a gateway serving the wrong certificate.
///
/// Recognised from the TLS library's words (OpenSSL and GnuTLS through libcurl); the certificate's own names
/// come from its subject-alternative-name and subject lines, or from the words when those are all there is.
struct TLSNameMismatch: Equatable {
    /// The names the certificate is for (`DNS:` and `IP Address:` entries, else its common name); may be empty.
    let certificateNames: [String]

    /// Nil when `detail` does not describe a host-name mismatch.
    init?(detail: String, certificate: String = "") {
        let lowered = detail.lowercased()
        let mismatch =
            lowered.contains("does not match target host")
            || lowered.contains("no alternative certificate subject name")
            || lowered.contains("hostname mismatch") || lowered.contains("host name mismatch")
        guard mismatch else { return nil }
        var names = Self.alternativeNames(certificate)
        if names.isEmpty, let common = Self.commonName(certificate) { names = [common] }
        if names.isEmpty, let quoted = Self.quotedSubject(detail) { names = [quoted] }
        certificateNames = names
    }

    /// The error naming both names: the host asked for and the names the certificate carries.
    func error(host: String, place: String) -> ImageAPIError {
        let names = certificateNames.isEmpty ? nil : certificateNames.joined(separator: ", ")
        return ImageAPIError(
            .networkError,
            names.map { Message.transportTlsNameMismatch(place: place, host: host, names: $0) }
                ?? Message.transportTlsNameMismatchUnnamed(place: place, host: host),
            hint: Message.transportTlsNameMismatchHint(host: host))
    }

    /// `DNS:a, IP Address:1.2.3.4` from an `X509v3 Subject Alternative Name:` line.
    private static func alternativeNames(_ certificate: String) -> [String] {
        let prefix = "X509v3 Subject Alternative Name:"
        guard let line = certificate.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { return [] }
        return line.dropFirst(prefix.count).split(separator: ",").compactMap { entry in
            let entry = entry.trimmingCharacters(in: .whitespaces)
            for tag in ["DNS:", "IP Address:", "IP:"] where entry.hasPrefix(tag) {
                return String(entry.dropFirst(tag.count)).trimmingCharacters(in: .whitespaces)
            }
            return nil
        }
    }

    /// The `CN` of a `Subject:` line (`Subject:CN = host` or `Subject: O=x, CN=host`).
    private static func commonName(_ certificate: String) -> String? {
        guard let line = certificate.split(separator: "\n").first(where: { $0.hasPrefix("Subject:") }) else {
            return nil
        }
        for part in line.dropFirst("Subject:".count).split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0] == "CN" { return pair[1] }
        }
        return nil
    }

    /// `x` from "certificate subject name 'x' does not match target host name 'y'".
    private static func quotedSubject(_ detail: String) -> String? {
        guard let range = detail.range(of: "subject name '") else { return nil }
        let rest = detail[range.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }
}
