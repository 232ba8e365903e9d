package sharedstate

var (
	formatNames      = map[string]string{}
	formatsInstalled bool
)

func installFormats(names map[string]string) {
	names["mac"] = "hardware address"
	names["cidr"] = "network"
}

// Every caller of Formats may be the first: two at once can both find the flag unset and both install the formats
// into the shared map.
func Formats() map[string]string {
	if !formatsInstalled { // Secondary [check]
		installFormats(formatNames)
		formatsInstalled = true // Noncompliant [TOCTOU001] {{formatsInstalled is checked at line 16 and changed at line 18 by formatsInstalled, with no lock held at either point}}
	}
	return formatNames
}
