# https://github.com/freelawproject/courtlistener/pull/6655
# Fixed: the insert is wrapped in an atomic block and an IntegrityError from a racing registration is
# caught; if the user now exists the request is treated as a success, otherwise the form shows an error.
import logging

from django import forms
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render

logger = logging.getLogger(__name__)


class SignUpForm(forms.Form):
    login_name = forms.CharField(max_length=150)
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput)

    def clean_login_name(self):
        name = self.cleaned_data["login_name"]
        if User.objects.filter(username=name).exists():
            raise forms.ValidationError("A user with that username already exists.")
        return name

    def create_account(self):
        data = self.cleaned_data
        return User.objects.create_user(data["login_name"], data["email"], data["password"])


def sign_up(request):
    if request.method == "POST":
        form = SignUpForm(request.POST)
        if form.is_valid():
            try:
                with transaction.atomic():
                    account = form.create_account()
            except IntegrityError:
                account = User.objects.filter(username=form.cleaned_data["login_name"]).first()
                if account is None:
                    logger.warning("IntegrityError during registration for a user that does not exist")
                    form.add_error(None, "Registration failed, please try again.")
                    return render(request, "register/register.html", {"form": form})
            return redirect("register_success", user_id=account.pk)
    else:
        form = SignUpForm()
    return render(request, "register/register.html", {"form": form})
