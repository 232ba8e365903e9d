// https://github.com/gravitational/teleport/issues/704
// CreateUserWithToken looked the signup token up and then upserted the
// password and user. Two signup requests racing on the same token both saw the
// token (it is deleted only at the end) and the second one overwrote the
// password/user written by the first. Fix: use Create* calls that fail with
// AlreadyExists instead of Upsert*, so the backend write itself is the check.
package authsignup

import (
	"errors"
	"net/http"
)

var ErrNotFound = errors.New("not found")

type SignupToken struct {
	Token    string
	UserName string
}

// Backend is the key/value storage used by the auth server (etcd, DynamoDB...).
type Backend interface {
	GetVal(bucket []string, key string) ([]byte, error)
	UpsertVal(bucket []string, key string, val []byte) error
	CreateVal(bucket []string, key string, val []byte) error
	DeleteKey(bucket []string, key string) error
}

type AuthServer struct {
	backend Backend
}

func (s *AuthServer) GetSignupToken(token string) (*SignupToken, error) {
	v, err := s.backend.GetVal([]string{"addusertokens"}, token)
	if err != nil {
		return nil, err
	}
	return &SignupToken{Token: token, UserName: string(v)}, nil
}

func (s *AuthServer) UpsertPassword(user string, hash []byte) error {
	return s.backend.UpsertVal([]string{"web", "users", user}, "pwd", hash)
}

func (s *AuthServer) UpsertUser(user string) error {
	return s.backend.UpsertVal([]string{"web", "users", user}, "params", []byte(user))
}

// CreateUserWithoutOTP is served by the auth HTTP API for each signup request.
func (s *AuthServer) CreateUserWithoutOTP(token string, password []byte) error {
	tokenData, err := s.GetSignupToken(token)
	if err != nil {
		return errors.New("expired or incorrect signup token")
	}

	if err := s.UpsertPassword(tokenData.UserName, password); err != nil { // Noncompliant
		return err
	}
	if err := s.UpsertUser(tokenData.UserName); err != nil {
		return err
	}
	// remove the token once the user has been created
	return s.backend.DeleteKey([]string{"addusertokens"}, tokenData.Token)
}

func (s *AuthServer) handleSignup(w http.ResponseWriter, r *http.Request) {
	if err := s.CreateUserWithoutOTP(r.FormValue("token"), []byte(r.FormValue("pass"))); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
	}
}
