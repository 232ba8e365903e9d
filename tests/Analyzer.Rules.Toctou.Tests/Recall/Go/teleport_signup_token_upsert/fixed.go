// https://github.com/gravitational/teleport/issues/704
// Fixed as proposed in the issue: the signup path uses Create* writes, which
// fail with AlreadyExists when another request created the user first.
package authsignup

import (
	"errors"
	"net/http"
)

type SignupService struct {
	backend Backend
}

func (s *SignupService) lookupToken(token string) (*SignupToken, error) {
	v, err := s.backend.GetVal([]string{"addusertokens"}, token)
	if err != nil {
		return nil, err
	}
	return &SignupToken{Token: token, UserName: string(v)}, nil
}

func (s *SignupService) CreatePassword(user string, hash []byte) error {
	return s.backend.CreateVal([]string{"web", "users", user}, "pwd", hash)
}

func (s *SignupService) CreateUser(user string) error {
	return s.backend.CreateVal([]string{"web", "users", user}, "params", []byte(user))
}

func (s *SignupService) SignupWithoutOTP(token string, password []byte) error {
	tokenData, err := s.lookupToken(token)
	if err != nil {
		return errors.New("expired or incorrect signup token")
	}
	// CreateVal fails if the key exists, so only one racing request wins.
	if err := s.CreatePassword(tokenData.UserName, password); err != nil {
		return err
	}
	if err := s.CreateUser(tokenData.UserName); err != nil {
		return err
	}
	return s.backend.DeleteKey([]string{"addusertokens"}, tokenData.Token)
}

func (s *SignupService) serveSignup(w http.ResponseWriter, r *http.Request) {
	if err := s.SignupWithoutOTP(r.FormValue("token"), []byte(r.FormValue("pass"))); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
	}
}
