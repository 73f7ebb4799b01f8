export const authNb = {
  checking: 'Sjekker innlogging …',
  checkFailed: 'Kunne ikke sjekke innloggingen',
  login: {
    title: 'Logg inn',
    failed: 'Innloggingen mislyktes',
    wrongCredentials: 'Feil e-post eller passord.',
    email: 'E-post',
    password: 'Passord',
    showPassword: 'Vis passord',
    submit: 'Logg inn',
    emailInvalid: 'Skriv inn en gyldig e-postadresse.',
    emailTooLong: 'E-postadressen er for lang.',
    passwordMissing: 'Skriv inn passordet ditt.',
    passwordTooLong: 'Passordet er for langt.',
  },
  logout: {
    button: 'Logg ut',
    failed: 'Kunne ikke logge ut. Prøv igjen.',
  },
};
