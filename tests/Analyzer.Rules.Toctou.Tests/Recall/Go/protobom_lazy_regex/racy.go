// https://github.com/protobom/protobom/pull/386
// The CycloneDX serializer compiled serialNumberRegex lazily: it tested the package
// variable for nil and then assigned it. Writers serialize documents from several
// goroutines, so two calls could both see nil and both write the global (race detector
// report from WriteStreamWithOptions). Fix: wrap the lazy compile in sync.Once.
package protobom

import (
	"regexp"
	"sync"
)

var serialNumberRegex *regexp.Regexp

type Document struct{ SerialNumber string }

type CDX struct{}

func isValidCycloneDXSerialNumberFormat(s string) bool {
	if serialNumberRegex == nil {
		serialNumberRegex = regexp.MustCompile(`^urn:uuid:[0-9a-fA-F-]{36}$`) // Noncompliant
	}
	return serialNumberRegex.MatchString(s)
}

func (c *CDX) Serialize(doc *Document) string {
	if !isValidCycloneDXSerialNumberFormat(doc.SerialNumber) {
		return ""
	}
	return doc.SerialNumber
}

// Writer.WriteStreamWithOptions runs serializers for many documents in parallel.
func writeAll(docs []*Document) {
	var wg sync.WaitGroup
	s := &CDX{}
	for _, d := range docs {
		wg.Add(1)
		go func(d *Document) {
			defer wg.Done()
			s.Serialize(d)
		}(d)
	}
	wg.Wait()
}
