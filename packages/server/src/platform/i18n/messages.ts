import type { Locale, ProblemType } from '@mizan/core';
import { DEFAULT_LOCALE, LOCALES } from '@mizan/core';

/**
 * Strings the server itself writes for people: problem titles. The web's strings live in packages/web/src/locales;
 * a test checks both sets are complete in the four languages.
 */
export const SERVER_MESSAGES: Record<Locale, { problems: Record<ProblemType, string> }> = {
  en: {
    problems: {
      validation: 'The request has invalid fields',
      'malformed-json': 'The request body is not valid JSON',
      'unsupported-media-type': 'This content type is not accepted',
      'payload-too-large': 'The request body is too large',
      unauthenticated: 'Sign-in required',
      forbidden: 'You do not have permission to do this',
      csrf: 'Security token missing or invalid; reload the page',
      'not-found': 'Not found',
      conflict: 'This conflicts with existing data',
      'stale-version': 'Someone else changed this record in the meantime',
      'rate-limited': 'Too many attempts; try again later',
      locked: 'This account is temporarily locked after repeated failed sign-ins',
      'invalid-credentials': 'Wrong user name or password',
      'second-factor-required': 'The second factor is required',
      'invalid-second-factor': 'Wrong or expired code',
      unavailable: 'The service is temporarily unavailable',
      internal: 'An unexpected error occurred',
    },
  },
  fr: {
    problems: {
      validation: 'La demande contient des champs invalides',
      'malformed-json': "Le corps de la demande n'est pas un JSON valide",
      'unsupported-media-type': "Ce type de contenu n'est pas accepté",
      'payload-too-large': 'Le corps de la demande est trop volumineux',
      unauthenticated: 'Connexion requise',
      forbidden: "Vous n'avez pas l'autorisation de faire cela",
      csrf: 'Jeton de sécurité absent ou invalide ; rechargez la page',
      'not-found': 'Introuvable',
      conflict: 'Cela entre en conflit avec des données existantes',
      'stale-version': "Quelqu'un d'autre a modifié cet enregistrement entre-temps",
      'rate-limited': 'Trop de tentatives ; réessayez plus tard',
      locked: 'Ce compte est temporairement verrouillé après plusieurs échecs de connexion',
      'invalid-credentials': "Nom d'utilisateur ou mot de passe incorrect",
      'second-factor-required': 'Le second facteur est requis',
      'invalid-second-factor': 'Code incorrect ou expiré',
      unavailable: 'Le service est temporairement indisponible',
      internal: 'Une erreur inattendue est survenue',
    },
  },
  es: {
    problems: {
      validation: 'La solicitud tiene campos no válidos',
      'malformed-json': 'El cuerpo de la solicitud no es un JSON válido',
      'unsupported-media-type': 'Este tipo de contenido no se acepta',
      'payload-too-large': 'El cuerpo de la solicitud es demasiado grande',
      unauthenticated: 'Es necesario iniciar sesión',
      forbidden: 'No tiene permiso para hacer esto',
      csrf: 'Falta el token de seguridad o no es válido; recargue la página',
      'not-found': 'No encontrado',
      conflict: 'Esto entra en conflicto con datos existentes',
      'stale-version': 'Otra persona modificó este registro mientras tanto',
      'rate-limited': 'Demasiados intentos; inténtelo más tarde',
      locked: 'Esta cuenta está bloqueada temporalmente tras varios intentos fallidos',
      'invalid-credentials': 'Nombre de usuario o contraseña incorrectos',
      'second-factor-required': 'Se requiere el segundo factor',
      'invalid-second-factor': 'Código incorrecto o caducado',
      unavailable: 'El servicio no está disponible temporalmente',
      internal: 'Se produjo un error inesperado',
    },
  },
  ar: {
    problems: {
      validation: 'يحتوي الطلب على حقول غير صالحة',
      'malformed-json': 'نص الطلب ليس بصيغة JSON صالحة',
      'unsupported-media-type': 'نوع المحتوى هذا غير مقبول',
      'payload-too-large': 'نص الطلب كبير جدًا',
      unauthenticated: 'يلزم تسجيل الدخول',
      forbidden: 'ليست لديك صلاحية القيام بهذا',
      csrf: 'رمز الأمان مفقود أو غير صالح؛ أعد تحميل الصفحة',
      'not-found': 'غير موجود',
      conflict: 'يتعارض هذا مع بيانات موجودة',
      'stale-version': 'قام شخص آخر بتعديل هذا السجل في الأثناء',
      'rate-limited': 'محاولات كثيرة جدًا؛ حاول لاحقًا',
      locked: 'هذا الحساب مقفل مؤقتًا بعد عدة محاولات دخول فاشلة',
      'invalid-credentials': 'اسم المستخدم أو كلمة المرور غير صحيحة',
      'second-factor-required': 'العامل الثاني مطلوب',
      'invalid-second-factor': 'رمز غير صحيح أو منتهي الصلاحية',
      unavailable: 'الخدمة غير متاحة مؤقتًا',
      internal: 'حدث خطأ غير متوقع',
    },
  },
};

/** Picks the best of our four languages from an Accept-Language header; French when none fits. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.lang && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) {
    if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  }
  return DEFAULT_LOCALE;
}
