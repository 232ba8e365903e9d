# https://github.com/freelawproject/courtlistener/pull/6655 (issue https://github.com/freelawproject/courtlistener/issues/6406)
# The registration view validates the form, whose username check queries whether a User with that
# username already exists, and then saves the form, which inserts the User. Two registration requests
# for the same username handled concurrently by different workers both pass the check and both insert;
# the loser hits the unique constraint on auth_user.username and the request crashes with IntegrityError.
# Fix: catch IntegrityError around the save, then check whether the user now exists and treat it as a
# successful registration (redirect), otherwise re-render the form with an error.
from django import forms
from django.contrib.auth.models import User
from django.shortcuts import redirect, render


class RegisterForm(forms.Form):
    username = forms.CharField(max_length=150)
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput)

    def clean_username(self):
        username = self.cleaned_data["username"]
        if User.objects.filter(username=username).exists():
            raise forms.ValidationError("A user with that username already exists.")
        return username

    def save(self):
        data = self.cleaned_data
        return User.objects.create_user(data["username"], data["email"], data["password"])


def register(request):
    if request.method == "POST":
        form = RegisterForm(request.POST)
        if form.is_valid():
            user = form.save()  # Noncompliant
            return redirect("register_success", user_id=user.pk)
    else:
        form = RegisterForm()
    return render(request, "register/register.html", {"form": form})
